// Two closures capturing nothing, as the branches of an `if`, are made function pointers by rustc: not run by the engine yet.
fn main() {
    let up = true;
    let f = if up { |x: i32| x + 1 } else { |x: i32| x - 1 };
    println!("{}", f(10));
}
// expect: 11
// unsupported: functions or closures of different types in one array, `if` or `match`
