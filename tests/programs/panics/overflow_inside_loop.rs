// A counter that keeps doubling overflows an i8 on the step from 64 to 128.
fn main() {
    let mut n: i8 = 1;
    while n > 0 {
        println!("{}", n);
        n *= 2;
    }
}
// expect: 1
// expect: 2
// expect: 4
// expect: 8
// expect: 16
// expect: 32
// expect: 64
// panic: attempt to multiply with overflow
// panic-at: 6:9
