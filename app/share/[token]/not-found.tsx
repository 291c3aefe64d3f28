export default function ShareNotFound() {
  return (
    <div className="container py-5">
      <h1 className="h3">Link not found</h1>
      <p className="text-body-secondary mb-0">This link does not exist, has expired or was revoked by the person who shared it.</p>
    </div>
  );
}
