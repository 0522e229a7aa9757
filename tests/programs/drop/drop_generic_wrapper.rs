// A Drop impl for a generic struct runs for every instance of it.
struct Guard<T: std::fmt::Debug> {
    value: T,
}

impl<T: std::fmt::Debug> Drop for Guard<T> {
    fn drop(&mut self) {
        println!("releasing {:?}", self.value);
    }
}

fn main() {
    let _x = Guard { value: 7 };
    let _y = Guard { value: String::from("text") };
    let _z = Guard { value: (1, 'a') };
}
// expect: releasing (1, 'a')
// expect: releasing "text"
// expect: releasing 7
