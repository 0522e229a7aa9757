// Moving a String while a reference to it is still used later is error E0505.
fn main() {
    let s = String::from("data");
    let r = &s;
    let t = s;
    println!("{} {}", r, t);
}
// error: E0505 at 5:13
