// A closure borrowing a String still used after the String is moved away: E0505.
fn main() {
    let s = String::from("hi");
    let show = || println!("{}", s);
    let t = s;
    show();
    println!("{}", t);
}
// error: E0505 at 5:13
