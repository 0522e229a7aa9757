// An associated function without `pub` is private too: `Type::f()` from outside its module is E0624.
mod shapes {
    pub struct Square {
        pub side: u32,
    }

    impl Square {
        fn unit() -> Square {
            Square { side: 1 }
        }
    }
}

fn main() {
    let s = shapes::Square::unit();
    println!("{}", s.side);
}
// error: E0624 at 15:29
