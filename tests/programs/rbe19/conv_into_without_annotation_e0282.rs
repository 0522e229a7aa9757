// `into()` with no type to convert into: rustc cannot infer it (E0283).
#[derive(Debug)]
struct Number {
    value: i32,
}

impl From<i32> for Number {
    fn from(item: i32) -> Self {
        Number { value: item }
    }
}

fn main() {
    let int = 5;
    let num = int.into();
    println!("{:?}", num);
}
// error: E0283 at 15:9
