// A Drop impl must cover every instance of a generic type: E0366.
struct Wrapper<T> {
    value: T,
}

impl Drop for Wrapper<i32> {
    fn drop(&mut self) {}
}

fn main() {}
// error: E0366 at 6:1
