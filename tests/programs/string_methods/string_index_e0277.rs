// A String cannot be indexed by an integer (`s[0]`): error E0277.
fn main() {
    let s = String::from("hello");
    let h = s[0];
    println!("{}", h);
}
// error: E0277 at 4:15
