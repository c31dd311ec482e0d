//! `--excel` CSV opened as a user opens it, in LibreOffice (headless, `soffice --convert-to`),
//! then read back cell by cell: the mention as written (`150 000 €`) stays text, the value is a
//! number. Needs LibreOffice Calc (`apt-get install libreoffice-calc-nogui`, as `.ci/run`
//! does); without it the test says so and passes, unless `MONTANTS_REQUIRE_SOFFICE` is set.

mod support;
use support::bin::run;

use calamine::{Data, Reader, Xlsx, open_workbook};
use std::path::Path;
use std::process::Command;

const TEXT: &str = "L’État apportera 150\u{a0}000\u{a0}€ et 1,5 milliard d’euros.\n\
La Région versera 3 000 € et 12 M€ ; la perte atteint -28 € par action.\n";

fn soffice() -> Option<&'static str> {
    let found = ["soffice", "libreoffice"].into_iter().find(|c| {
        Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("MONTANTS_REQUIRE_SOFFICE").is_none(),
            "MONTANTS_REQUIRE_SOFFICE is set but LibreOffice (soffice) is not installed"
        );
        eprintln!("LibreOffice is not installed: the --excel CSV was not opened in it");
    }
    found
}

/// The CSV opened with these import options (LibreOffice's CSV filter string), as a workbook.
fn opened(soffice: &str, dir: &Path, run: usize, options: &str) -> Vec<Vec<Data>> {
    let out_dir = dir.join(format!("out-{run}"));
    let profile = format!("file://{}", dir.join("profile").display());
    let status = Command::new(soffice)
        .arg(format!("-env:UserInstallation={profile}"))
        .args(["--headless", "--norestore"])
        .arg(format!("--infilter=CSV:{options}"))
        .args(["--convert-to", "xlsx", "--outdir"])
        .arg(&out_dir)
        .arg(dir.join("found.csv"))
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let mut book: Xlsx<_> = open_workbook(out_dir.join("found.xlsx")).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    sheet.rows().map(<[Data]>::to_vec).collect()
}

#[test]
fn excel_csv_keeps_the_mention_as_text_and_the_value_as_a_number() {
    let Some(soffice) = soffice() else { return };
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), TEXT).unwrap();
    let out = run(dir.path(), &["a.txt", "--excel", "-o", "found.csv"], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // `;`, `"`, UTF-8, from line 1, French; then the same with "detect special numbers" on,
    // the setting that reads `150 000 €` as 150000.
    for (run, options) in ["59,34,76,1,,1036", "59,34,76,1,,1036,false,true"]
        .into_iter()
        .enumerate()
    {
        let rows = opened(soffice, dir.path(), run, options);
        let column = |name: &str| {
            rows[0]
                .iter()
                .position(|c| c == &Data::String(name.into()))
                .unwrap_or_else(|| panic!("{name}: {:?}", rows[0]))
        };
        let (text, value, sentence) = (column("text"), column("value"), column("sentence"));
        let found: Vec<(Data, Data)> = rows[1..]
            .iter()
            .map(|r| (r[text].clone(), r[value].clone()))
            .collect();
        let expected = [
            ("150\u{a0}000\u{a0}€", 150_000.0),
            ("1,5 milliard d’euros", 1.5e9),
            ("3 000 €", 3_000.0),
            ("12 M€", 12e6),
            ("-28 €", -28.0),
        ];
        assert_eq!(
            found,
            expected
                .iter()
                .map(|(t, v)| (Data::String(t.to_string()), Data::Float(*v)))
                .collect::<Vec<_>>(),
            "options {options}"
        );
        assert_eq!(
            rows[1][sentence],
            Data::String("L’État apportera 150\u{a0}000\u{a0}€ et 1,5 milliard d’euros.".into())
        );
    }
}
