// std::ptr::eq compares addresses where == compares values: two references to one variable are the same place, two equal variables are not; a `&mut` coerces and stays usable.
use std::ptr;

fn main() {
    let a = 5;
    let b = 5;
    let r1 = &a;
    let r2 = &a;
    println!("a == b: {}", a == b);
    println!("ptr::eq(&a, &b): {}", ptr::eq(&a, &b));
    println!("ptr::eq(r1, r2): {}", ptr::eq(r1, r2));
    let mut count = 0;
    let m = &mut count;
    println!("{}", std::ptr::eq(m, &b));
    *m += 1;
    println!("{}", count);
}
// expect: a == b: true
// expect: ptr::eq(&a, &b): false
// expect: ptr::eq(r1, r2): true
// expect: false
// expect: 1
