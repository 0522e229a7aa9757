// `String::new()` and `Vec::new()` are const: each use of the const is a new empty value that allocates nothing until it grows.
const EMPTY: String = String::new();
const NO_NUMBERS: Vec<i32> = Vec::new();

fn main() {
    let mut a = EMPTY;
    a.push_str("grown");
    let b = EMPTY;
    println!("{} {} {}", a, b.len(), b.capacity());
    let mut v = NO_NUMBERS;
    v.push(1);
    println!("{:?} {}", v, NO_NUMBERS.len());
}
// expect: grown 0 0
// expect: [1] 0
