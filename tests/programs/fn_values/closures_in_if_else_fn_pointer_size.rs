// Non-capturing closures of different types in if/else branches become one `fn(i32) -> i32`: a one-word pointer (size_of_val 8), callable from either branch.
fn main() {
    let double = true;
    let f = if double { |x: i32| x * 2 } else { |x: i32| x + 1 };
    println!("{}", f(5));
    println!("{}", std::mem::size_of_val(&f));
    let g = if !double { |x: i32| x * 2 } else { |x: i32| x + 1 };
    println!("{}", g(5));
    let h = if double { |x: i32| x - 1 } else if !double { |x: i32| x * 3 } else { |x: i32| x / 2 };
    println!("{}", h(9));
}
// expect: 10
// expect: 8
// expect: 6
// expect: 8
