// into_iter consumes the Vec: using it after the chain is E0382.
fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let upper: Vec<String> = names.into_iter().map(|s| s.to_uppercase()).collect();
    println!("{:?}", upper);
    println!("{}", names.len());
}
// error: E0382 at 6:20
