// Keeping a reference to a String that is dropped at the end of an inner block is error E0597.
fn main() {
    let r: &String;
    {
        let s = String::from("short-lived");
        r = &s;
    }
    println!("{}", r);
}
// error: E0597 at 6:13
