// A negative explicit discriminant: the tag stays one byte, and `as` gives the signed value or its bits.
#[derive(Debug, Clone, Copy)]
enum Offset {
    Back = -1,
    Stay = 0,
    Forward = 1,
}

fn main() {
    for o in [Offset::Back, Offset::Stay, Offset::Forward] {
        println!("{:?} {} {}", o, o as i32, o as u8);
    }
    println!("{}", std::mem::size_of::<Offset>());
}
// expect: Back -1 255
// expect: Stay 0 0
// expect: Forward 1 1
// expect: 1
