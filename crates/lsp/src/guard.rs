//! A panic inside a handler becomes an error response (or, for a notification, is dropped
//! and logged) instead of taking the whole server down.

use std::panic::AssertUnwindSafe;
use std::task::{Context, Poll};

use futures::future::{BoxFuture, FutureExt};
use tower_lsp_server::jsonrpc::{Error, Request, Response};
use tower_service::Service;

use crate::log::log;

/// Wraps the LSP service; see the module documentation.
pub struct CatchPanic<S>(pub S);

impl<S> Service<Request> for CatchPanic<S>
where
    S: Service<Request, Response = Option<Response>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
{
    type Response = Option<Response>;
    type Error = S::Error;
    type Future = BoxFuture<'static, Result<Option<Response>, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.0.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let id = request.id().cloned();
        let method = request.method().to_owned();
        let failed = move || {
            log!(
                Error,
                "internal error while handling `{method}`; the server carries on"
            );
            Ok(id.map(|id| {
                Response::from_error(
                    id,
                    Error {
                        message: "caselint: internal error (see the server log)".into(),
                        ..Error::internal_error()
                    },
                )
            }))
        };
        match std::panic::catch_unwind(AssertUnwindSafe(|| self.0.call(request))) {
            Ok(future) => AssertUnwindSafe(future)
                .catch_unwind()
                .map(move |result| result.unwrap_or_else(|_| failed()))
                .boxed(),
            Err(_) => futures::future::ready(failed()).boxed(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::future::{ready, Ready};
    use tower_lsp_server::jsonrpc::Id;

    /// A service that panics on `boom`, in `call` or in its future.
    struct Fragile;

    impl Service<Request> for Fragile {
        type Response = Option<Response>;
        type Error = ();
        type Future = BoxFuture<'static, Result<Option<Response>, ()>>;

        fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), ()>> {
            Poll::Ready(Ok(()))
        }

        fn call(&mut self, request: Request) -> Self::Future {
            match request.method() {
                "boom/now" => panic!("in call"),
                "boom/later" => async { panic!("in the future") }.boxed(),
                _ => {
                    let id = request.id().cloned();
                    let done: Ready<_> = ready(Ok(id.map(|id| Response::from_ok(id, 7.into()))));
                    done.boxed()
                }
            }
        }
    }

    fn request(method: &'static str, id: Option<i64>) -> Request {
        let builder = Request::build(method);
        match id {
            Some(id) => builder.id(id).finish(),
            None => builder.finish(),
        }
    }

    #[test]
    fn panics_become_error_responses_and_the_service_carries_on() {
        let mut service = CatchPanic(Fragile);
        futures::executor::block_on(async {
            for method in ["boom/now", "boom/later"] {
                let response = service
                    .call(request(method, Some(1)))
                    .await
                    .unwrap()
                    .unwrap();
                assert_eq!(response.id(), &Id::Number(1));
                let error = response.error().expect("an error response");
                assert_eq!(
                    error.code,
                    tower_lsp_server::jsonrpc::ErrorCode::InternalError
                );
                // A notification gets no response at all.
                assert!(service.call(request(method, None)).await.unwrap().is_none());
            }
            let fine = service
                .call(request("fine", Some(2)))
                .await
                .unwrap()
                .unwrap();
            assert!(fine.is_ok());
        });
    }
}
