// A closure coerced to `&dyn Fn(i32) -> i32` is an `Fn` closure: adding to a captured total in its body is E0594.
fn apply(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    let mut total = 0;
    total += apply(&|x| {
        total += x;
        x
    }, 2);
    println!("{}", total);
}
// error: E0594 at 9:9
