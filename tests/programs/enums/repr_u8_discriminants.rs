// `#[repr(u8)]` fixes a field-less enum's size to one byte and its discriminants cast back out with `as`.
use std::mem::size_of;

#[repr(u8)]
#[derive(Debug, Clone, Copy)]
enum Level {
    Low = 1,
    Mid = 50,
    High = 200,
}

#[repr(i32)]
#[derive(Debug)]
enum Wide {
    A = -5,
    B,
}

fn main() {
    println!("{} {}", size_of::<Level>(), size_of::<Wide>());
    for l in [Level::Low, Level::Mid, Level::High] {
        println!("{:?} = {}", l, l as u8);
    }
    println!("{}", Wide::B as i32);
    println!("{:?}", Wide::A);
}
// expect: 1 4
// expect: Low = 1
// expect: Mid = 50
// expect: High = 200
// expect: -4
// expect: A
