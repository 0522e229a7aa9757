// s1 + &s2 moves s1: printing s1 afterwards is E0382.
fn main() {
    let s1 = String::from("Hello, ");
    let s2 = String::from("world!");
    let s3 = s1 + &s2;
    println!("{s1} {s3}");
}
// error: E0382 at 6:16
