// `#[repr(u8)]` and the other integers fix an enum's tag to that type, keep its fields in declaration order after the tag and take no niche from a field; `#[repr(C)]` is a C int tag then a union of the variants (the engine had ignored every repr on an enum: `#[repr(u8)] enum R { P(bool) = 1, Q = 7 }` was 1 byte, not 2).
#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(u8)]
enum R {
    P(bool) = 1,
    Q = 7,
    W(u8, u32),
}

#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(i16)]
enum S {
    X = -300,
    Y,
}

#[derive(Debug, Clone, Copy)]
#[repr(u32)]
enum U {
    A,
    B,
}

#[derive(Debug, Clone, Copy)]
#[repr(C)]
enum C1 {
    A,
    B = 9,
}

#[derive(Debug, Clone, Copy)]
#[repr(C)]
enum C2 {
    A(u8),
    B(u64, u8),
    Z,
}

#[derive(Debug, Clone)]
#[repr(u64)]
enum G {
    A(String),
    B { x: u8, y: char } = 40,
}

fn main() {
    println!("R {} {} {}", std::mem::size_of::<R>(), std::mem::align_of::<R>(), std::mem::size_of::<Option<R>>());
    println!("S {} {} {}", std::mem::size_of::<S>(), S::Y as i32, std::mem::size_of::<Option<S>>());
    println!("U {} {}", std::mem::size_of::<U>(), std::mem::size_of::<Option<Option<U>>>());
    println!("C1 {} {}", std::mem::size_of::<C1>(), C1::B as u8);
    println!("C2 {} {} {}", std::mem::size_of::<C2>(), std::mem::align_of::<C2>(), std::mem::size_of::<Option<C2>>());
    println!("G {} {}", std::mem::size_of::<G>(), std::mem::size_of::<Option<G>>());
    let v = vec![R::P(true), R::Q, R::W(3, 70000)];
    println!("{:?} {:?}", v, U::B as u8);
    let g = vec![G::A(String::from("hi")), G::B { x: 1, y: 'q' }];
    for x in &g {
        match x {
            G::A(s) => println!("a {}", s),
            G::B { x, y } => println!("b {} {}", x, y),
        }
    }
    println!("{:?} {:?}", C2::B(5, 6), C2::A(1));
}
// expect: R 8 4 8
// expect: S 2 -299 2
// expect: U 4 4
// expect: C1 4 9
// expect: C2 24 8 24
// expect: G 32 32
// expect: [P(true), Q, W(3, 70000)] 1
// expect: a hi
// expect: b 1 q
// expect: B(5, 6) A(1)
