// Each function has its own type: a variable holding one cannot be given another.
fn add_one(x: i32) -> i32 {
    x + 1
}

fn add_two(x: i32) -> i32 {
    x + 2
}

fn main() {
    let mut f = add_one;
    f = add_two;
    println!("{}", f(1));
}
// error: E0308 at 12:9
