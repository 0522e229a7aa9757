// `{:?}` of a derived-Debug generic Boxed<T> holding a struct without Debug: the derive bounds T by Debug, so rustc names the payload type.
#[derive(Debug)]
struct Boxed<T> {
    inner: T,
}
struct Secret;
fn main() {
    let b = Boxed { inner: Secret };
    println!("{:?}", b);
}
// error: E0277 at 9:22
