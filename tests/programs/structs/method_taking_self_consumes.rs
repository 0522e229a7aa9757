// A method taking `self` by value consumes the struct; it cannot be used afterwards.
struct Wrapper {
    text: String,
}

impl Wrapper {
    fn into_inner(self) -> String {
        self.text
    }
}

fn main() {
    let w = Wrapper { text: String::from("inside") };
    let s = w.into_inner();
    println!("{}", s);
}
// expect: inside
