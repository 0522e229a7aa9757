// Rustlings-style: a classic struct, a tuple struct and a unit-like struct printed with derived Debug.
#[derive(Debug)]
struct ColorClassicStruct {
    red: u8,
    green: u8,
    blue: u8,
}

#[derive(Debug)]
struct ColorTupleStruct(u8, u8, u8);

#[derive(Debug)]
struct UnitLikeStruct;

fn main() {
    let green = ColorClassicStruct { red: 0, green: 255, blue: 0 };
    println!("{} {} {}", green.red, green.green, green.blue);
    let t = ColorTupleStruct(0, 255, 0);
    println!("{} {} {}", t.0, t.1, t.2);
    let unit = UnitLikeStruct;
    let message = format!("{:?}s are fun!", unit);
    println!("{}", message);
    println!("{:?}", green);
    println!("{:#?}", t);
}
// expect: 0 255 0
// expect: 0 255 0
// expect: UnitLikeStructs are fun!
// expect: ColorClassicStruct { red: 0, green: 255, blue: 0 }
// expect: ColorTupleStruct(
// expect:     0,
// expect:     255,
// expect:     0,
// expect: )
