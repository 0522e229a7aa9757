// Regression (difftest): a type error in a method written above a function was reported after the function's; rustc checks bodies in the order they are written.
struct S;

impl S {
    fn m(&self) -> i32 {
        "a"
    }
}

fn f() -> i32 {
    true
}

fn main() {
    println!("{} {}", S.m(), f());
}
// error: E0308 at 6:9
