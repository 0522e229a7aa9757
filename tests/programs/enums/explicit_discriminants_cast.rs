// Explicit discriminants and `as` casts of a field-less enum; the implicit ones count on from the last explicit one.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Low = 1,
    Mid,
    High = 10,
    Max,
}

fn main() {
    let levels = [Level::Low, Level::Mid, Level::High, Level::Max];
    for l in levels {
        println!("{:?} = {}", l, l as i32);
    }
    println!("{}", Level::Max as u8 + 1);
    println!("{}", std::mem::size_of::<Level>());
}
// expect: Low = 1
// expect: Mid = 2
// expect: High = 10
// expect: Max = 11
// expect: 12
// expect: 1
