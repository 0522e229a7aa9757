// An integer division by zero panics; the box made before it is freed while unwinding.
fn division(dividend: i32, divisor: i32) -> i32 {
    if divisor == 0 {
        panic!("division by zero");
    } else {
        dividend / divisor
    }
}

fn main() {
    let _x = Box::new(0i32);
    println!("{}", division(3, 1));
    division(3, 0);
    println!("This point won't be reached!");
}
// expect: 3
// panic: division by zero
// panic-at: 4:9
