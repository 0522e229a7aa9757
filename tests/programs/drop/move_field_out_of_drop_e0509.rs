// A field cannot be moved out of a value whose type has a destructor: E0509.
struct Holder {
    text: String,
}

impl Drop for Holder {
    fn drop(&mut self) {}
}

fn main() {
    let h = Holder { text: String::from("x") };
    let t = h.text;
    println!("{}", t);
}
// error: E0509 at 12:13
