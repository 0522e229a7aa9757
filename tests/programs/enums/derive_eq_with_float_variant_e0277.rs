// `#[derive(Eq)]` on an enum with an f64 in a variant is error E0277 at that field.
#[derive(PartialEq, Eq)]
enum Value {
    Int(i32),
    Float(f64),
}

fn main() {
    println!("{}", Value::Int(1) == Value::Int(1));
}
// error: E0277 at 5:11
