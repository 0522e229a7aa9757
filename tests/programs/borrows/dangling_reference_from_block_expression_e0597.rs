// A block that returns a reference to its own local is error E0597.
fn main() {
    let r = {
        let s = String::from("temp");
        &s
    };
    println!("{}", r);
}
// error: E0597 at 5:9
