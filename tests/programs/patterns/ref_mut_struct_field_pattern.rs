// `ref mut` in a struct pattern and `&mut` default binding both change a field in place.
#[derive(Debug)]
struct Counter {
    name: String,
    count: u32,
}

fn main() {
    let mut c = Counter { name: String::from("clicks"), count: 0 };
    {
        let Counter { ref mut count, .. } = c;
        *count += 5;
    }
    match &mut c {
        Counter { count, name } => {
            *count *= 2;
            name.push('!');
        }
    }
    println!("{:?}", c);

    let mut maybe = Some(3);
    if let Some(ref mut m) = maybe {
        *m += 1;
    }
    println!("{:?}", maybe);
}
// expect: Counter { name: "clicks!", count: 10 }
// expect: Some(4)
