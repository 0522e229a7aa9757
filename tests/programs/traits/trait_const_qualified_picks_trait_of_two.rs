// Two traits give Unit a constant ID: <Unit as A>::ID and <Unit as B>::ID each read their own trait's, also through a generic T: A + B.
trait A {
    const ID: u8;
}

trait B {
    const ID: u8 = 20;
}

struct Unit;

impl A for Unit {
    const ID: u8 = 1;
}

impl B for Unit {}

fn both<T: A + B>() -> (u8, u8) {
    (<T as A>::ID, <T as B>::ID)
}

fn main() {
    println!("{} {}", <Unit as A>::ID, <Unit as B>::ID);
    println!("{:?}", both::<Unit>());
}
// expect: 1 20
// expect: (1, 20)
