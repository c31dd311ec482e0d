fn main() {
    let mut text = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut text).unwrap();
    for f in montants::extract(&text) {
        println!("{:?}", f);
    }
}
