// Assigning a String to the field of a Wrapper<i32> is E0308.
#[derive(Debug)]
struct Wrapper<T> {
    inner: T,
}

fn main() {
    let mut w = Wrapper { inner: 5 };
    w.inner = String::from("five");
    println!("{:?}", w);
}
// error: E0308 at 9:15
