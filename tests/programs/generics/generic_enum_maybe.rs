// A learner's generic enum: its T is inferred from a variant, its layout computed per instance, its derive(Debug) per instance.
#[derive(Debug)]
enum Maybe<T> {
    Just(T),
    Nothing,
}

impl<T: Copy> Maybe<T> {
    fn unwrap_or(&self, default: T) -> T {
        match self {
            Maybe::Just(v) => *v,
            Maybe::Nothing => default,
        }
    }
}

fn main() {
    let a: Maybe<i32> = Maybe::Just(5);
    let b: Maybe<i32> = Maybe::Nothing;
    println!("{} {}", a.unwrap_or(0), b.unwrap_or(7));
    println!("{:?} {:?}", a, b);
    let s = Maybe::Just(String::from("hi"));
    if let Maybe::Just(t) = &s {
        println!("{}", t);
    }
    println!("{}", std::mem::size_of::<Maybe<u8>>());
    println!("{}", std::mem::size_of::<Maybe<Box<i32>>>());
}
// expect: 5 7
// expect: Just(5) Nothing
// expect: hi
// expect: 2
// expect: 8
