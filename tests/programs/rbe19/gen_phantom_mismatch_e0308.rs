// Two phantom types with different markers do not compare: E0308.
use std::marker::PhantomData;

#[derive(PartialEq)]
struct PhantomTuple<A, B>(A, PhantomData<B>);

fn main() {
    let tuple1: PhantomTuple<char, f32> = PhantomTuple('Q', PhantomData);
    let tuple2: PhantomTuple<char, f64> = PhantomTuple('Q', PhantomData);
    println!("{}", tuple1 == tuple2);
}
// error: E0308 at 10:30
// unsupported: `std::marker::PhantomData`
