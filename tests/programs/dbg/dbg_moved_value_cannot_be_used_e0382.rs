// dbg!(s) takes s by value: using s afterwards is a use after move.
fn main() {
    let s = String::from("ferris");
    dbg!(s);
    println!("{}", s);
}
// error: E0382 at 5:20
