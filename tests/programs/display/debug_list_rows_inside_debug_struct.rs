// A Debug impl building a debug_list entry by entry, nested as a field of another impl's debug_struct: {:?}, {:#?} (indented by each PadAdapter) and format!'s growth.
use std::fmt::{self, Debug, Formatter};

struct Matrix {
    rows: Vec<Vec<i32>>,
}

impl Debug for Matrix {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let mut l = f.debug_list();
        for r in &self.rows {
            l.entry(r);
        }
        l.finish()
    }
}

struct Named<'a> {
    name: &'a str,
    inner: Matrix,
}

impl<'a> Debug for Named<'a> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.debug_struct("Named").field("name", &self.name).field("inner", &self.inner).finish()
    }
}

fn main() {
    let m = Matrix { rows: vec![vec![1, 2], vec![3]] };
    println!("{:?}", m);
    let n = Named { name: "id", inner: m };
    println!("{:?}", n);
    println!("{:#?}", n);
    let s = format!("{:?}", n);
    println!("{}", s.len());
}
// expect: [[1, 2], [3]]
// expect: Named { name: "id", inner: [[1, 2], [3]] }
// expect: Named {
// expect:     name: "id",
// expect:     inner: [
// expect:         [
// expect:             1,
// expect:             2,
// expect:         ],
// expect:         [
// expect:             3,
// expect:         ],
// expect:     ],
// expect: }
// expect: 42
