// Closures with unannotated parameters where a fn pointer is wanted (a let's type, match arms returned as fn(i32) -> i32) take the pointer's signature, so |x| -x type-checks as rustc's does.
fn pick(n: u8) -> fn(i32) -> i32 {
    match n {
        0 => |x| x,
        1 => |x| x * 10,
        _ => |x| -x,
    }
}

fn main() {
    let f: fn(i32) -> i32 = |x| -x;
    println!("{}", f(3));
    let ops = [pick(0), pick(1), pick(2)];
    for op in ops.iter() {
        println!("{}", op(7));
    }
    let h = match 2 { 1 => |s: &str| s.len(), _ => |s: &str| s.len() * 2 };
    println!("{}", h("abc"));
}
// expect: -3
// expect: 7
// expect: 70
// expect: -7
// expect: 6
