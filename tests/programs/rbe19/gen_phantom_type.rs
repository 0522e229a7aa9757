// PhantomData marks a type parameter a struct does not store; it takes no space.
use std::marker::PhantomData;

#[derive(PartialEq)]
struct PhantomTuple<A, B>(A, PhantomData<B>);

#[derive(PartialEq)]
struct PhantomStruct<A, B> {
    first: A,
    phantom: PhantomData<B>,
}

fn main() {
    let _tuple1: PhantomTuple<char, f32> = PhantomTuple('Q', PhantomData);
    let _tuple2: PhantomTuple<char, f64> = PhantomTuple('Q', PhantomData);
    let _struct1: PhantomStruct<char, f32> = PhantomStruct { first: 'Q', phantom: PhantomData };
    println!("{}", std::mem::size_of::<PhantomTuple<char, f64>>());
    println!("{}", _tuple1 == PhantomTuple('Q', PhantomData));
    println!("{}", _struct1.first);
}
// expect: 4
// expect: true
// expect: Q
// unsupported: `std::marker::PhantomData`
