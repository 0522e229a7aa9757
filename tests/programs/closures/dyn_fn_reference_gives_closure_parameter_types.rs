// A closure borrowed as `&dyn Fn(i32) -> i32` takes its parameter types from the trait object, so `total += x` types.
fn apply(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    let offset = 10;
    let total = apply(&|x| x + offset, 1) + apply(&|x| { let doubled = x * 2; doubled }, 4);
    println!("{}", total);
}
// expect: 19
