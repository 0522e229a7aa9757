// A struct field holding an enum is replaced in a match over a mutable borrow of that field.
#[derive(Debug)]
enum Status {
    Todo,
    Doing(u8),
    Done,
}

#[derive(Debug)]
struct Task {
    title: String,
    status: Status,
}

fn advance(t: &mut Task) {
    t.status = match t.status {
        Status::Todo => Status::Doing(0),
        Status::Doing(p) if p >= 50 => Status::Done,
        Status::Doing(p) => Status::Doing(p + 50),
        Status::Done => Status::Done,
    };
}

fn main() {
    let mut t = Task { title: String::from("write tests"), status: Status::Todo };
    for _ in 0..4 {
        advance(&mut t);
        println!("{:?}", t);
    }
    println!("{}", t.title);
}
// expect: Task { title: "write tests", status: Doing(0) }
// expect: Task { title: "write tests", status: Doing(50) }
// expect: Task { title: "write tests", status: Done }
// expect: Task { title: "write tests", status: Done }
// expect: write tests
