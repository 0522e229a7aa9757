// Ord's and PartialOrd's methods (cmp, partial_cmp, max, min, clamp, gt) run on the learner's types that derive them and on Options, Vecs, arrays and Boxes of ordered types (the engine had said E0599).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct P {
    a: u8,
    b: String,
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
enum F {
    X(f64),
    Y,
}

fn main() {
    let p = P { a: 1, b: String::from("z") };
    let q = P { a: 1, b: String::from("y") };
    println!("{:?} {:?}", p.cmp(&q), p.clone().max(q.clone()));
    println!("{:?}", q.clone().clamp(p.clone(), p.clone()));
    println!("{:?} {}", F::X(1.0).partial_cmp(&F::Y), F::Y.gt(&F::X(2.0)));
    println!("{:?}", Some(3).max(Some(1)).cmp(&None));
    println!("{:?} {:?}", vec![1, 2].cmp(&vec![1, 3]), [3u8, 1].max([2, 9]));
    println!("{:?}", Box::new(5).cmp(&Box::new(4)));
    println!("{}", p < q);
}
// expect: Greater P { a: 1, b: "z" }
// expect: P { a: 1, b: "z" }
// expect: Some(Less) true
// expect: Greater
// expect: Less [3, 1]
// expect: Greater
// expect: false
