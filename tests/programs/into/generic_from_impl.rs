// A generic `impl<T> From<T> for Wrapper<T>` serves `.into()` for each T the context asks for.
#[derive(Debug)]
struct Wrapper<T> { inner: T }
impl<T> From<T> for Wrapper<T> { fn from(t: T) -> Self { Wrapper { inner: t } } }
fn main() {
    let w: Wrapper<i32> = 5.into();
    let v: Wrapper<String> = String::from("hi").into();
    println!("{:?} {:?}", w, v);
}
// expect: Wrapper { inner: 5 } Wrapper { inner: "hi" }
