// A BTreeMap keeps its keys sorted: iteration gives them in order, whatever order they were inserted in.
use std::collections::BTreeMap;

fn main() {
    let mut grades = BTreeMap::new();
    grades.insert("maya", 91);
    grades.insert("ali", 78);
    grades.insert("jon", 85);
    for (name, grade) in &grades {
        println!("{name}: {grade}");
    }
    println!("{:?}", grades);
}
// expect: ali: 78
// expect: jon: 85
// expect: maya: 91
// expect: {"ali": 78, "jon": 85, "maya": 91}
