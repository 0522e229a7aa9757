// size_of and align_of of user enums and of Option around them, laid out as rustc 1.95 lays them out (tags, niches, field order).
use std::mem::{align_of, size_of};
#[allow(dead_code)]
enum Unit1 { A }
#[allow(dead_code)]
enum Two { A, B }
#[allow(dead_code)]
enum Big { A = 1000, B }
#[allow(dead_code)]
enum Neg { A = -1, B = 1 }
#[allow(dead_code)]
enum Wide { A = 70000, B }
#[allow(dead_code)]
enum Shape { Circle(f64), Square(f64), Rect { w: f64, h: f64 } }
#[allow(dead_code)]
enum Message { Quit, Move { x: i32, y: i32 }, Write(String), ChangeColor(u8, u8, u8) }
#[allow(dead_code)]
enum List { Cons(i32, Box<List>), Nil }
#[allow(dead_code)]
enum IpAddr { V4(u8, u8, u8, u8), V6(String) }
#[allow(dead_code)]
enum Coin { Penny, Nickel, Dime, Quarter(State) }
#[allow(dead_code)]
#[derive(Clone, Copy)]
enum State { Alabama, Alaska }
#[allow(dead_code)]
enum Mixed { A(u8), B(u32), C(u64) }
#[allow(dead_code)]
enum Bools { A(bool), B(bool) }
#[allow(dead_code)]
enum Jagged { A(u32, bool), B(u8) }
#[allow(dead_code)]
enum OneField { Only(u32) }
#[allow(dead_code)]
enum Chars { C(char), N }
#[allow(dead_code)]
enum ThreeUnits { A, B, C }
#[allow(dead_code)]
enum VecOrNot { V(Vec<u8>), N, M }
#[allow(dead_code)]
enum Nested { Inner(Two), Other }
#[allow(dead_code)]
enum U16s { A(u16, u8), B(u8) }
#[allow(dead_code)]
struct Pt { x: u8, y: u32, z: u16 }
#[allow(dead_code)]
struct WithBool { a: u32, b: bool, c: u8 }
fn main() {
    println!("Unit1: {} {}", size_of::<Unit1>(), align_of::<Unit1>());
    println!("Two: {} {}", size_of::<Two>(), align_of::<Two>());
    println!("Big: {} {}", size_of::<Big>(), align_of::<Big>());
    println!("Neg: {} {}", size_of::<Neg>(), align_of::<Neg>());
    println!("Wide: {} {}", size_of::<Wide>(), align_of::<Wide>());
    println!("Shape: {} {}", size_of::<Shape>(), align_of::<Shape>());
    println!("Message: {} {}", size_of::<Message>(), align_of::<Message>());
    println!("List: {} {}", size_of::<List>(), align_of::<List>());
    println!("IpAddr: {} {}", size_of::<IpAddr>(), align_of::<IpAddr>());
    println!("Coin: {} {}", size_of::<Coin>(), align_of::<Coin>());
    println!("State: {} {}", size_of::<State>(), align_of::<State>());
    println!("Mixed: {} {}", size_of::<Mixed>(), align_of::<Mixed>());
    println!("Bools: {} {}", size_of::<Bools>(), align_of::<Bools>());
    println!("Jagged: {} {}", size_of::<Jagged>(), align_of::<Jagged>());
    println!("OneField: {} {}", size_of::<OneField>(), align_of::<OneField>());
    println!("Chars: {} {}", size_of::<Chars>(), align_of::<Chars>());
    println!("ThreeUnits: {} {}", size_of::<ThreeUnits>(), align_of::<ThreeUnits>());
    println!("VecOrNot: {} {}", size_of::<VecOrNot>(), align_of::<VecOrNot>());
    println!("Nested: {} {}", size_of::<Nested>(), align_of::<Nested>());
    println!("U16s: {} {}", size_of::<U16s>(), align_of::<U16s>());
    println!("Pt: {} {}", size_of::<Pt>(), align_of::<Pt>());
    println!("WithBool: {} {}", size_of::<WithBool>(), align_of::<WithBool>());
    println!("Option<Two>: {} {}", size_of::<Option<Two>>(), align_of::<Option<Two>>());
    println!("Option<Option<Two>>: {} {}", size_of::<Option<Option<Two>>>(), align_of::<Option<Option<Two>>>());
    println!("Option<Shape>: {} {}", size_of::<Option<Shape>>(), align_of::<Option<Shape>>());
    println!("Option<Message>: {} {}", size_of::<Option<Message>>(), align_of::<Option<Message>>());
    println!("Option<List>: {} {}", size_of::<Option<List>>(), align_of::<Option<List>>());
    println!("Option<Box<List>>: {} {}", size_of::<Option<Box<List>>>(), align_of::<Option<Box<List>>>());
    println!("Option<Coin>: {} {}", size_of::<Option<Coin>>(), align_of::<Option<Coin>>());
    println!("Option<Bools>: {} {}", size_of::<Option<Bools>>(), align_of::<Option<Bools>>());
    println!("Option<Jagged>: {} {}", size_of::<Option<Jagged>>(), align_of::<Option<Jagged>>());
    println!("Option<Chars>: {} {}", size_of::<Option<Chars>>(), align_of::<Option<Chars>>());
    println!("Option<VecOrNot>: {} {}", size_of::<Option<VecOrNot>>(), align_of::<Option<VecOrNot>>());
    println!("Option<Nested>: {} {}", size_of::<Option<Nested>>(), align_of::<Option<Nested>>());
    println!("Option<U16s>: {} {}", size_of::<Option<U16s>>(), align_of::<Option<U16s>>());
    println!("Option<WithBool>: {} {}", size_of::<Option<WithBool>>(), align_of::<Option<WithBool>>());
    println!("Option<u8>: {} {}", size_of::<Option<u8>>(), align_of::<Option<u8>>());
    println!("Option<i32>: {} {}", size_of::<Option<i32>>(), align_of::<Option<i32>>());
    println!("Option<u64>: {} {}", size_of::<Option<u64>>(), align_of::<Option<u64>>());
    println!("Option<bool>: {} {}", size_of::<Option<bool>>(), align_of::<Option<bool>>());
    println!("Option<char>: {} {}", size_of::<Option<char>>(), align_of::<Option<char>>());
    println!("Option<&i32>: {} {}", size_of::<Option<&i32>>(), align_of::<Option<&i32>>());
    println!("Option<Box<i32>>: {} {}", size_of::<Option<Box<i32>>>(), align_of::<Option<Box<i32>>>());
    println!("Option<String>: {} {}", size_of::<Option<String>>(), align_of::<Option<String>>());
    println!("Option<Vec<u8>>: {} {}", size_of::<Option<Vec<u8>>>(), align_of::<Option<Vec<u8>>>());
    println!("Option<Option<Vec<u8>>>: {} {}", size_of::<Option<Option<Vec<u8>>>>(), align_of::<Option<Option<Vec<u8>>>>());
    println!("Option<Option<bool>>: {} {}", size_of::<Option<Option<bool>>>(), align_of::<Option<Option<bool>>>());
    println!("Option<Option<Option<bool>>>: {} {}", size_of::<Option<Option<Option<bool>>>>(), align_of::<Option<Option<Option<bool>>>>());
    println!("Option<(u8, bool)>: {} {}", size_of::<Option<(u8, bool)>>(), align_of::<Option<(u8, bool)>>());
    println!("Option<(u32, u8)>: {} {}", size_of::<Option<(u32, u8)>>(), align_of::<Option<(u32, u8)>>());
    println!("Option<[bool; 3]>: {} {}", size_of::<Option<[bool; 3]>>(), align_of::<Option<[bool; 3]>>());
    println!("Option<&str>: {} {}", size_of::<Option<&str>>(), align_of::<Option<&str>>());
    println!("Option<Option<i32>>: {} {}", size_of::<Option<Option<i32>>>(), align_of::<Option<Option<i32>>>());
    println!("Option<()>: {} {}", size_of::<Option<()>>(), align_of::<Option<()>>());
    println!("Option<Option<()>>: {} {}", size_of::<Option<Option<()>>>(), align_of::<Option<Option<()>>>());
    let parsed = "7".parse::<i32>();
    println!("Result<i32, ParseIntError>: {}", std::mem::size_of_val(&parsed));
    let byte = "7".parse::<u8>();
    println!("Result<u8, ParseIntError>: {}", std::mem::size_of_val(&byte));
}
// expect: Unit1: 0 1
// expect: Two: 1 1
// expect: Big: 2 2
// expect: Neg: 1 1
// expect: Wide: 4 4
// expect: Shape: 24 8
// expect: Message: 24 8
// expect: List: 16 8
// expect: IpAddr: 24 8
// expect: Coin: 1 1
// expect: State: 1 1
// expect: Mixed: 16 8
// expect: Bools: 2 1
// expect: Jagged: 8 4
// expect: OneField: 4 4
// expect: Chars: 4 4
// expect: ThreeUnits: 1 1
// expect: VecOrNot: 24 8
// expect: Nested: 1 1
// expect: U16s: 4 2
// expect: Pt: 8 4
// expect: WithBool: 8 4
// expect: Option<Two>: 1 1
// expect: Option<Option<Two>>: 1 1
// expect: Option<Shape>: 24 8
// expect: Option<Message>: 24 8
// expect: Option<List>: 16 8
// expect: Option<Box<List>>: 8 8
// expect: Option<Coin>: 1 1
// expect: Option<Bools>: 2 1
// expect: Option<Jagged>: 8 4
// expect: Option<Chars>: 4 4
// expect: Option<VecOrNot>: 24 8
// expect: Option<Nested>: 1 1
// expect: Option<U16s>: 4 2
// expect: Option<WithBool>: 8 4
// expect: Option<u8>: 2 1
// expect: Option<i32>: 8 4
// expect: Option<u64>: 16 8
// expect: Option<bool>: 1 1
// expect: Option<char>: 4 4
// expect: Option<&i32>: 8 8
// expect: Option<Box<i32>>: 8 8
// expect: Option<String>: 24 8
// expect: Option<Vec<u8>>: 24 8
// expect: Option<Option<Vec<u8>>>: 24 8
// expect: Option<Option<bool>>: 1 1
// expect: Option<Option<Option<bool>>>: 1 1
// expect: Option<(u8, bool)>: 2 1
// expect: Option<(u32, u8)>: 12 4
// expect: Option<[bool; 3]>: 3 1
// expect: Option<&str>: 16 8
// expect: Option<Option<i32>>: 8 4
// expect: Option<()>: 1 1
// expect: Option<Option<()>>: 1 1
// expect: Result<i32, ParseIntError>: 8
// expect: Result<u8, ParseIntError>: 2
