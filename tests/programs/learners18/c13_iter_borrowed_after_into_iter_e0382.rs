// into_iter moves the Vec: using it afterwards is E0382.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let upper: Vec<String> = v.into_iter().map(|s| s.to_uppercase()).collect();
    println!("{:?} {:?}", upper, v);
}
// error: E0382 at 5:34
