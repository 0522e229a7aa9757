// An enum's Display mixing write!, f.write_str and w.fmt(f) on its f64 fields, so {:8} reaches the field std formats, beside its derived Debug and to_string.
use std::fmt;

#[derive(Debug)]
enum Shape {
    Circle { r: f64 },
    Rect(f64, f64),
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shape::Circle { r } => write!(f, "circle r={:.1}", r),
            Shape::Rect(w, h) => {
                f.write_str("rect ")?;
                w.fmt(f)?;
                f.write_str("x")?;
                h.fmt(f)
            }
        }
    }
}

fn main() {
    let shapes = vec![Shape::Circle { r: 1.25 }, Shape::Rect(2.0, 3.5)];
    for s in &shapes {
        println!("{} / {:?}", s, s);
    }
    println!("[{:8}]", shapes[1]);
    let joined: Vec<String> = shapes.iter().map(|s| s.to_string()).collect();
    println!("{}", joined.join("; "));
}
// expect: circle r=1.2 / Circle { r: 1.25 }
// expect: rect 2x3.5 / Rect(2.0, 3.5)
// expect: [rect        2x     3.5]
// expect: circle r=1.2; rect 2x3.5
