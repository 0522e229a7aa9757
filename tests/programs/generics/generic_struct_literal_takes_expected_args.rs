// A generic struct literal takes its type arguments from the annotation: Point<f32> makes its float literals f32, Wrapper<u8> its integer a u8, also inside vec! of a Vec<Wrapper<i64>>.
#[derive(Debug)]
struct Point<T> {
    x: T,
    y: T,
}

#[derive(Debug)]
struct Wrapper<T> {
    inner: T,
}

fn main() {
    let p: Point<f32> = Point { x: 1.0, y: 2.5 };
    let w: Wrapper<u8> = Wrapper { inner: 200 };
    let v: Vec<Wrapper<i64>> = vec![Wrapper { inner: 5 }];
    println!("{:?} {:?} {:?}", p, w, v);
    println!("{}", std::mem::size_of_val(&p));
}
// expect: Point { x: 1.0, y: 2.5 } Wrapper { inner: 200 } [Wrapper { inner: 5 }]
// expect: 8
