// A closure that captures nothing is a constant rustc promotes to a static when it is borrowed, so `&|z| z * z` outlives its statement (in a vec! of `&dyn Fn` or assigned in an inner block).
fn apply(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}
fn main() {
    let x = 5;
    let add_x = |y: i32| -> i32 { x + y };
    let fs: Vec<&dyn Fn(i32) -> i32> = vec![&add_x, &|z| z * z];
    println!("{:?}", fs.iter().map(|f| f(3)).collect::<Vec<_>>());
    let later: &dyn Fn(i32) -> i32;
    {
        later = &|y| y + 1;
    }
    println!("{} {}", later(1), apply(&|y| y - 1, 5));
}
// expect: [8, 9]
// expect: 2 4
