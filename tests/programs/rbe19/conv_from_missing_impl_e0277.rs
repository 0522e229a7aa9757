// Calling Number::from with a type that has no From impl is E0277.
struct Number {
    value: i32,
}

impl From<i32> for Number {
    fn from(item: i32) -> Self {
        Number { value: item }
    }
}

fn main() {
    let n = Number::from("7");
    println!("{}", n.value);
}
// error: E0277 at 13:13
