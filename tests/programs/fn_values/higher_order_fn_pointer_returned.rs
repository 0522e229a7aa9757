// A function can return a `fn` pointer chosen at run time; the caller calls what it got.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn sub(a: i32, b: i32) -> i32 {
    a - b
}

fn pick(op: char) -> fn(i32, i32) -> i32 {
    if op == '+' {
        add
    } else {
        sub
    }
}

fn main() {
    println!("{}", pick('+')(7, 2));
    println!("{}", pick('-')(7, 2));
}
// expect: 9
// expect: 5
